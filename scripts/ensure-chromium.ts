/**
 * The browser tests drive Debian's Chromium (a test tool's own browser download is not used).
 * Installs it with apt-get when it is missing and we may; otherwise says how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

if (!candidates.some((path) => path && existsSync(path))) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      'Chromium is needed for the browser tests. Install Debian’s `chromium` package (sudo apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log('Installing Debian’s chromium for the browser tests…');
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium']);
}
