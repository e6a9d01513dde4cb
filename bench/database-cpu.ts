/**
 * CPU time of the local PostgreSQL server (every `postgres` process, plus what the postmaster
 * reaped from backends that exited), read from /proc. On a 2-core machine the database's work
 * shares the cores with the server under test, so a benchmark that reports the server's CPU per
 * operation reports the database's beside it. Undefined where /proc cannot tell (not Linux).
 */
import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

export async function postgresCpuMs(): Promise<number | undefined> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return undefined;
  }
  let ticks = 0;
  let seen = false;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid ...: the name may hold spaces, so split after its closing parenthesis
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (name !== 'postgres') continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields from state (3rd of stat): utime 14th, stime 15th, cutime 16th, cstime 17th
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    ticks += utime + stime + cutime + cstime;
    seen = true;
  }
  return seen ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
}
