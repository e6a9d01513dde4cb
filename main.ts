/**
 * Relais entry point.
 *   tsx main.ts                       start the server (configuration from the environment)
 *   tsx main.ts people import FILE    import people from a CSV or JSON file
 *   tsx main.ts manifest teams|slack  write the Teams app package / the Slack manifest
 */
import { runCli } from './bots/cli.js';

process.exitCode = await runCli(process.argv.slice(2));
