// Entry of a pipeline worker thread. Node 20 does not apply loader hooks given in a Worker's
// execArgv (`--import tsx`) to the worker's own entry (nodejs/node#47747, privatenumber/tsx#354),
// so this plain-JavaScript entry registers tsx itself and then imports the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
