/** Prism's command line (@stoplight/prism-cli's `bin`), run with this Node: `node <prismCli> mock ...`. */
import { fileURLToPath } from 'node:url';

export const prismCli = fileURLToPath(import.meta.resolve('@stoplight/prism-cli'));
