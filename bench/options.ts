/** Command-line options of `npm run bench` (scripts/bench.ts), checked before anything runs. */
import { parseArgs } from 'node:util';

export const scenarioNames = [
  'read',
  'list',
  'order',
  'accept',
  'token',
  'offers',
  'growth',
  'report',
  'startup',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export interface BenchOptions {
  products: number;
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  profile: boolean;
  scenarios: ScenarioName[];
  /** Catalogue sizes of the growth scenario's product list. */
  growthProducts: number[];
  /** Numbers of driver locations of the growth scenario's offers. */
  growthLocations: number[];
}

export const USAGE =
  'usage: node scripts/bench.ts [--products N] [--duration S] [--warmup S] [--rounds R] [--connections C]\n' +
  `  [--only ${scenarioNames.join(',')}] [--growth-products 10000,100000,1000000]\n` +
  '  [--growth-locations 1000,10000,100000] [--profile]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function whole(name: string, text: string, minimum: number, maximum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    usage(`--${name} must be a whole number from ${minimum} to ${maximum}, got '${text}'`);
  }
  return value;
}

function sizes(name: string, text: string): number[] {
  return text.split(',').map((part) => whole(name, part.trim(), 10, 10_000_000));
}

export function parseOptions(argv: readonly string[] = process.argv.slice(2)): BenchOptions {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        products: { type: 'string', default: '10000' },
        duration: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '3' },
        rounds: { type: 'string', default: '5' },
        connections: { type: 'string', default: '50' },
        only: { type: 'string' },
        'growth-products': { type: 'string', default: '10000,100000,1000000' },
        'growth-locations': { type: 'string', default: '1000,10000,100000' },
        profile: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const scenarios = (values.only ?? scenarioNames.join(',')).split(',').map((name) => name.trim());
  const unknown = scenarios.filter((name) => !(scenarioNames as readonly string[]).includes(name));
  if (unknown.length > 0) usage(`--only names unknown scenario '${unknown.join("', '")}'`);
  return {
    products: whole('products', values.products, 10, 5_000_000),
    duration: whole('duration', values.duration, 1, 120),
    warmup: whole('warmup', values.warmup, 0, 60),
    rounds: whole('rounds', values.rounds, 1, 20),
    connections: whole('connections', values.connections, 1, 1000),
    profile: values.profile,
    scenarios: scenarios as ScenarioName[],
    growthProducts: sizes('growth-products', values['growth-products']),
    growthLocations: sizes('growth-locations', values['growth-locations']),
  };
}
