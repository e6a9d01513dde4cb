/** The command line: start the server, import people, write manifests. PLACEHOLDER. */
import { startRelais } from './start-relais.js';

export async function runCli(args: string[]): Promise<number | undefined> {
  void args;
  const relais = await startRelais();
  relais.core.logger.info({ url: relais.url }, 'Relais started');
  return undefined;
}
