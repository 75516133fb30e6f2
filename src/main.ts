/** Entry point of `npm start`. */
import { main } from './server.ts';

await main();
