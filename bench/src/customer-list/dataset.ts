import { DEMO } from '@clientele/subgraph-kit';

/**
 * The shape of the million-customer dataset, computed rather than stored: the seeder writes it and
 * the scenarios pick their targets from it (the rare search term, the tag, the balance range), so
 * both agree without reading the data back.
 */
export interface PartnerLayout {
  /** 0 is the large partner (the demo partner, so its operator signs in as everywhere else). */
  index: number;
  id: string;
  name: string;
  customers: number;
  resellers: [{ id: string; name: string }, { id: string; name: string }];
  owner: { id: string; email: string; password: string; name: string };
}

export interface DatasetLayout {
  customers: number;
  partners: PartnerLayout[];
}

/** Bump when the rows the seeder writes change, so a kept dataset from an older seeder is seeded again. */
export const DATASET_VERSION = 2;

export const PARTNER_COUNT = 50;

/** Every seeded date is counted from here, so two seedings of the same size are the same rows. */
const EPOCH_MS = Date.UTC(2022, 0, 1);
const MINUTE_MS = 60_000;

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/** Ids built from what a row is, which partner and which number: deterministic, distinct per kind, and cheap. */
export function seededId(kind: number, partner: number, n: number, k = 0): string {
  return `${hex(kind, 8)}-${hex(partner, 4)}-7000-8${hex(k, 3)}-${hex(n, 12)}`;
}

export const KIND = {
  partner: 0xb0000001,
  reseller: 0xb0000002,
  operator: 0xb0000003,
  customer: 0xb0000010,
  accountNumber: 0xb0000011,
  member: 0xb0000012,
  ledger: 0xb0000020,
  invoice: 0xb0000021,
  message: 0xb0000030,
} as const;

/** Half the customers in one partner and the rest spread evenly over the other 49, as the issue asks. */
export function datasetLayout(customers: number): DatasetLayout {
  const large = Math.ceil(customers / 2);
  const rest = customers - large;
  const partners: PartnerLayout[] = [];
  for (let index = 0; index < PARTNER_COUNT; index++) {
    const share =
      index === 0 ? large : Math.floor(rest / (PARTNER_COUNT - 1)) + (index <= rest % (PARTNER_COUNT - 1) ? 1 : 0);
    partners.push(
      index === 0
        ? {
            index,
            id: DEMO.partnerId,
            name: DEMO.partnerName,
            customers: share,
            resellers: [{ ...DEMO.resellers[0] }, { ...DEMO.resellers[1] }],
            owner: { ...DEMO.operator },
          }
        : {
            index,
            id: seededId(KIND.partner, index, index),
            name: `Bench Partner ${index}`,
            customers: share,
            resellers: [
              { id: seededId(KIND.reseller, index, 1), name: `Reseller ${index}-1` },
              { id: seededId(KIND.reseller, index, 2), name: `Reseller ${index}-2` },
            ],
            owner: {
              id: seededId(KIND.operator, index, 1),
              email: `owner@partner-${index}.bench.test`,
              password: DEMO.operator.password,
              name: `Owner ${index}`,
            },
          },
    );
  }
  return { customers, partners };
}

const ADJECTIVES = [
  'Blue',
  'Silver',
  'Northern',
  'Bright',
  'Harbor',
  'Summit',
  'Golden',
  'Green',
  'Urban',
  'Coastal',
  'Prime',
  'Maple',
  'Cedar',
  'River',
  'Stone',
  'Swift',
  'Polar',
  'Royal',
  'Iron',
  'Lunar',
];
const NOUNS = [
  'Bakery',
  'Logistics',
  'Dental',
  'Studio',
  'Motors',
  'Farms',
  'Consulting',
  'Print',
  'Fitness',
  'Florist',
  'Legal',
  'Clinic',
  'Garage',
  'Travel',
  'Books',
  'Coffee',
  'Media',
  'Optics',
  'Plumbing',
  'Realty',
];
const SUFFIXES = ['Ltd', 'LLC', 'GmbH', '& Co', 'Group', 'SARL', 'BV', 'Inc'];
const FIRST_NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn'];
const LAST_NAMES = ['Smith', 'Jones', 'Garcia', 'Müller', 'Dubois', 'Rossi', 'Novak', 'Silva', 'Kim', 'Okafor'];
const PLACES = [
  ['GB', 'Europe/London'],
  ['DE', 'Europe/Berlin'],
  ['US', 'America/New_York'],
  ['FR', 'Europe/Paris'],
] as const;
const CURRENCIES = ['GBP', 'EUR', 'USD', 'EUR'] as const;

/** One customer in 10,000 carries this word in its name: what the selective search looks for. */
export const RARE_WORD = 'Zephyrine';
const RARE_EVERY = 10_000;
/** Found in no name, email, number or keyword. */
export const ABSENT_TERM = 'qxjvkwzp';

/** The partner's tags; customer n carries tag t when (n * (t + 7)) % TAG_SPREAD[t] is 0. */
export const TAGS = [
  'vip',
  'wholesale',
  'churn-risk',
  'paper-invoice',
  'priority-support',
  'trial',
  'legacy',
  'referral',
];
const TAG_SPREAD = [50, 7, 13, 5, 29, 11, 3, 17];

export const tagsOf = (n: number): string[] => TAGS.filter((_, t) => (n * (t + 7)) % TAG_SPREAD[t]! === 0);

export type SeededStatus = 'ACTIVE' | 'SUSPENDED' | 'INACTIVE' | 'CLOSED';

export interface SeededCustomer {
  n: number;
  id: string;
  accountNumber: string;
  name: string;
  email: string;
  phone: string;
  country: string;
  timezone: string;
  currency: string;
  pricingModel: 'PREPAID' | 'POSTPAID';
  resellerId: string | null;
  status: SeededStatus;
  createdAt: string;
  /** The ledger's amounts, oldest first. */
  ledger: bigint[];
  balance: bigint;
  /** Issued invoices, oldest first: the first paid, the second (every other postpaid customer) open. */
  invoices: { totalMinor: bigint; paid: boolean }[];
  owed: bigint;
  /** The low-credit reminder's threshold when one is on. */
  reminderThreshold: bigint | null;
  /** When each message was sent, oldest first (every tenth customer has three). */
  messageTimes: string[];
}

const at = (minutes: number) => new Date(EPOCH_MS + minutes * MINUTE_MS).toISOString();

/** Customer n (from 1) of a partner, with everything every subgraph seeds about it. */
export function seededCustomer(partner: PartnerLayout, n: number): SeededCustomer {
  const [country, timezone] = PLACES[n % 4]!;
  const pricingModel = n % 4 === 0 ? 'POSTPAID' : 'PREPAID';
  const createdMinutes = n * 3;
  const ledger = [BigInt(5000 + ((n * 37) % 20000)), BigInt(-(500 + ((n * 53) % 9000)))];
  if (n % 2 === 0) ledger.push(BigInt(-(1000 + ((n * 71) % 30000))));
  if (n % 5 === 0) ledger.push(250n);
  const balance = ledger.reduce((sum, amount) => sum + amount, 0n);
  const invoices: SeededCustomer['invoices'] = [];
  if (pricingModel === 'POSTPAID') {
    invoices.push({ totalMinor: BigInt(2000 + ((n * 13) % 8000)), paid: true });
    if (n % 8 === 0) invoices.push({ totalMinor: BigInt(1500 + ((n * 29) % 12000)), paid: false });
  }
  const owed = invoices.filter((invoice) => !invoice.paid).reduce((sum, invoice) => sum + invoice.totalMinor, 0n);
  const base =
    n % RARE_EVERY === 0
      ? `${RARE_WORD} ${NOUNS[((n / 20) % 20) | 0]}`
      : `${ADJECTIVES[n % 20]} ${NOUNS[Math.floor(n / 20) % 20]} ${SUFFIXES[Math.floor(n / 400) % 8]}`;
  return {
    n,
    id: seededId(KIND.customer, partner.index, n),
    accountNumber: String(100000 + n),
    name: n > 3200 ? `${base} ${Math.floor(n / 3200)}` : base,
    email: `billing+${n}@p${partner.index}.example.com`,
    phone: `+4477${String(n).padStart(8, '0')}`,
    country,
    timezone,
    currency: CURRENCIES[n % 4]!,
    pricingModel,
    resellerId: n % 3 === 0 ? null : partner.resellers[(n % 3) - 1]!.id,
    status: n % 23 === 0 ? 'SUSPENDED' : n % 31 === 0 ? 'INACTIVE' : n % 97 === 0 ? 'CLOSED' : 'ACTIVE',
    createdAt: at(createdMinutes),
    ledger,
    balance,
    invoices,
    owed,
    reminderThreshold: n % 7 === 0 ? 10_000n : null,
    messageTimes: n % 10 === 0 ? [1, 2, 3].map((k) => at(createdMinutes + 60 * 24 * k)) : [],
  };
}

/** Every customer of a partner, in number order. */
export function* customersOf(partner: PartnerLayout): Generator<SeededCustomer> {
  for (let n = 1; n <= partner.customers; n++) yield seededCustomer(partner, n);
}

export const MEMBER_FIRST_NAMES = FIRST_NAMES;
export const MEMBER_LAST_NAMES = LAST_NAMES;
export const minutesAfterEpoch = at;
