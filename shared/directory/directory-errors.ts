/**
 * Why a directory run stopped. A bad credential, a missing permission or a source that keeps
 * failing stops the run with a message naming the setting or the permission to fix; a bad user or
 * page does not (it is skipped and counted with its reason).
 */
export type DirectoryStopCode =
  | 'entra_credentials'
  | 'entra_token'
  | 'graph_permission'
  | 'graph_unavailable'
  | 'slack_auth'
  | 'slack_scope'
  | 'slack_unavailable'
  | 'already_running';

export class DirectoryStop extends Error {
  readonly code: DirectoryStopCode;
  constructor(code: DirectoryStopCode, message: string) {
    super(message);
    this.name = 'DirectoryStop';
    this.code = code;
  }
}
