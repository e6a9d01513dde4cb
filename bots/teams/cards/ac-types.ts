/**
 * The slice of the Adaptive Cards 1.5 schema Relais emits. Kept as plain JSON types (no SDK
 * classes) so rendering stays a pure function and the output can be sent, stored and compared.
 */

export interface AcElement {
  type: string;
  id?: string;
  separator?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  [property: string]: unknown;
}

export interface AcExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: ExecuteData;
  style?: 'default' | 'positive' | 'destructive';
}

export interface AcOpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/**
 * Action.Submit is used for dialogs only: with `msteams.type` `task/fetch` on a message card it
 * opens a dialog (a `task/fetch` invoke); inside a dialog it submits the form (`task/submit`, or
 * `composeExtension/submitAction` for a message extension). Input values are merged into `data`
 * by input id, as with Action.Execute.
 */
export interface AcSubmitAction {
  type: 'Action.Submit';
  title: string;
  data: ExecuteData & { msteams?: { type: 'task/fetch' } };
  style?: 'default' | 'positive' | 'destructive';
}

export type AcAction = AcExecuteAction | AcOpenUrlAction | AcSubmitAction;

/** Where a card is shown: a message (Universal Actions) or a dialog (Action.Submit). */
export type AcSurface = 'message' | 'dialog';

/**
 * `data` of every Action.Execute Relais emits. Teams sends it back as `value.action.data`, with the
 * card's input values merged in at the top level under their input ids (`in.<id>`, `in[].<id>`),
 * which cannot collide with `action` and `payload`.
 */
export interface ExecuteData {
  action: string;
  payload: Record<string, string | number | boolean>;
}

export interface AdaptiveCardJson {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.5';
  msteams: { width: 'Full' };
  fallbackText: string;
  body: AcElement[];
  /** Universal Actions: Teams asks for each viewer's own card (at most 60 userIds) */
  refresh?: { action: AcExecuteAction; userIds?: string[] };
}

/** The answer to an `adaptiveCard/action` invoke: the refreshed card for the user who clicked. */
export interface AdaptiveCardInvokeResponse {
  statusCode: 200;
  type: 'application/vnd.microsoft.card.adaptive';
  value: AdaptiveCardJson;
}
