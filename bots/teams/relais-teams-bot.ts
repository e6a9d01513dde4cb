/**
 * The Teams bot: botbuilder's TeamsActivityHandler with Relais's listeners. Action.Execute
 * invokes are answered here rather than through botbuilder's onAdaptiveCardInvoke, whose error
 * path answers HTTP 400 (and crashes on a value without `action`); so are the dialog invokes
 * (task modules and action message extensions), which always answer 200 with a task response.
 * Any other invoke goes to botbuilder (healthCheck...); one it does not implement either (501
 * NotImplemented: an unknown name, a message-extension query, a tab or config fetch) is answered
 * 200 with an empty body and a WARN, because Teams shows the person an error for any other status.
 */
import { type InvokeResponse, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { Core } from '../../shared/core.js';
import { adaptiveCardAction } from './listeners/actions/adaptive-card-action.js';
import { dialogSubmit, messageExtensionFetchTask, taskFetch } from './listeners/dialogs/teams-dialogs.js';
import { registerListeners } from './listeners/register-listeners.js';

export class RelaisTeamsBot extends TeamsActivityHandler {
  constructor(private readonly core: Core) {
    super();
    registerListeners(this, core);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    switch (context.activity.name) {
      case 'adaptiveCard/action':
        return { status: 200, body: await adaptiveCardAction(this.core, context) };
      // dialogs: card buttons (task/*) and action message extensions (composeExtension/*)
      case 'task/fetch':
        return { status: 200, body: await taskFetch(this.core, context) };
      case 'composeExtension/fetchTask':
        return { status: 200, body: await messageExtensionFetchTask(this.core, context) };
      case 'task/submit':
      case 'composeExtension/submitAction':
        return { status: 200, body: await dialogSubmit(this.core, context) };
    }
    const response = await super.onInvokeActivity(context);
    if (response.status !== NOT_IMPLEMENTED) return response;
    this.core.logger.warn(
      { invoke: context.activity.name ?? null, activityId: context.activity.id },
      'an invoke Relais does not handle was answered 200 with an empty body',
    );
    return { status: 200, body: {} };
  }
}

/** botbuilder's answer to an invoke it has no handler for */
const NOT_IMPLEMENTED = 501;
