/**
 * The directory port: one reader per source (Entra ID through Graph, Slack through users.list),
 * each reading one page at a time from a stored position, so a run stopped anywhere resumes from
 * the last page that landed.
 */
import type { Mapped } from './directory-record.js';

/** Where a source's reading stands, as stored after each page. */
export interface SourcePosition {
  /** the next page to read, or (state 'done') what starts the next round (a deltaLink) */
  cursor: string | null;
  /** 'paging' in the middle of a round, 'done' after its last page */
  state: 'paging' | 'done';
}

export interface SourcePage {
  items: Mapped[];
  next: SourcePosition;
}

export interface DirectoryReader {
  /** 'entra' or 'slack' */
  name: string;
  /** the cursor's key: 'entra:<tenant>', 'slack:<team>' (a Slack token's team is asked once) */
  key(): Promise<string>;
  /** reads the page after `position` (undefined: never read); throws DirectoryStop to end the run */
  readPage(position: SourcePosition | undefined): Promise<SourcePage>;
  /** once a round's last page landed: what needs every page in (managers named before they came) */
  afterRound?(): Promise<void>;
}
