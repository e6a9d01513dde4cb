/**
 * Reads the `env/.env.<name>` files that fill the manifests' `${{VAR}}` placeholders (the Teams /
 * Agents Toolkit convention): KEY=VALUE lines, `#` comments, optional `export `, single or double
 * quotes. Kept tiny on purpose; a malformed line is an error naming the file and line.
 */
import { readFile } from 'node:fs/promises';

export class EnvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvFileError';
  }
}

const linePattern = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

export function parseEnvFile(text: string, fileName = '.env'): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = linePattern.exec(trimmed);
    if (!match) throw new EnvFileError(`${fileName}:${index + 1}: expected KEY=VALUE, got "${trimmed}"`);
    const [, key, rawValue] = match;
    values[key] = unquote(rawValue, `${fileName}:${index + 1}`);
  });
  return values;
}

function unquote(raw: string, where: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1);
    if (end === -1) throw new EnvFileError(`${where}: unterminated ${quote} quote`);
    const rest = raw.slice(end + 1).trim();
    if (rest !== '' && !rest.startsWith('#'))
      throw new EnvFileError(`${where}: unexpected text after the quoted value`);
    const inner = raw.slice(1, end);
    return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
  }
  // Unquoted: " #" starts a comment, as in dotenv; a bare "#" inside a value (a URL fragment) is kept.
  const comment = raw.search(/\s#/);
  return (comment === -1 ? raw : raw.slice(0, comment)).trim();
}

/** Reads and parses a file; `undefined` when it does not exist (other I/O errors propagate). */
export async function readEnvFile(file: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseEnvFile(text, file);
}
