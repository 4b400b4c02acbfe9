import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

/** Runs the repository's import rules over some folders and answers what they refuse. */
function violationsIn(path: string): Violation[] {
  const report = execFileSync(
    join(root, 'node_modules', '.bin', 'depcruise'),
    [path, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { cwd: root, encoding: 'utf8' },
  );
  return (JSON.parse(report) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('import rules', () => {
  // Two small trees that break the rules on purpose.
  const fixtures = 'scripts/__tests__/__fixtures__/subgraphs/demo/src';

  it("should refuse a module importing another module's entity when it skips the front door", () => {
    const refused = violationsIn(fixtures).filter((violation) => violation.rule.name === 'module-front-door');

    expect(refused).toEqual([
      expect.objectContaining({ from: `${fixtures}/alpha/alpha.service.ts`, to: `${fixtures}/beta/beta.entity.ts` }),
    ]);
  });

  it('should refuse two modules that import each other when they form a cycle', () => {
    const cycles = violationsIn(fixtures).filter((violation) => violation.rule.name === 'no-circular');

    // One cycle is reported once, from whichever end the cruise reached first.
    expect(cycles).toHaveLength(1);
    expect([cycles[0]!.from, cycles[0]!.to].sort()).toEqual([
      `${fixtures}/delta/index.ts`,
      `${fixtures}/gamma/index.ts`,
    ]);
  });
});
