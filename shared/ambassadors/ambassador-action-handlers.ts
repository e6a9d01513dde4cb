/**
 * The ambassadors' buttons bound to their handlers: nomination (become, propose, the admin's
 * approve / refuse), the ambassador's own pause and step down, the relay request's answers, the
 * digest's per-colleague actions, and the nudged colleague's "stop these".
 */
import type { AnyAction } from '../actions/define-action.js';
import { type ActionRequest, type ActionResult, fieldError } from '../actions/dispatcher.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import { translate, translator } from '../i18n/i18n.js';
import { ambassadorActions, proposeInput, relayInputs } from './ambassador-actions.js';
import { outcomeCard, proposeDialogCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { actOnColleague, type ColleagueAction, stopNudges } from './colleagues.js';
import { planNextDigest } from './digests.js';
import { answerRequest } from './relay-answers.js';
import { decideNomination, getAmbassador, nominate, patchAmbassador } from './roster.js';

const principalOf = (request: ActionRequest): Principal => ({ kind: 'person', person: request.actor });
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function ambassadorActionHandlers(ctx: AmbassadorContext): AnyAction[] {
  const nominated = async (request: ActionRequest, candidateId: string): Promise<ActionResult> => {
    const t = translator(request.locale);
    const outcome = await nominate(ctx, request.actor, candidateId);
    const name = outcome.ambassador.displayName;
    return outcome.kind === 'already'
      ? { notice: t('ambassador.nominate.already', { name, status: outcome.ambassador.status }) }
      : { notice: t('ambassador.nominated', { name }) };
  };

  const decide =
    (approve: boolean) =>
    async ({ personId }: { personId: string }, request: ActionRequest) => {
      const t = translator(request.locale);
      const { ambassador, changed } = await decideNomination(ctx, principalOf(request), personId, approve);
      if (changed && approve) await planNextDigest(ctx, personId);
      const name = ambassador.displayName;
      const said =
        ambassador.status === 'active'
          ? t('ambassador.approved', { name })
          : t('ambassador.refused', { name });
      return { card: outcomeCard(said, t('ambassador.why.admin')) };
    };

  const ownStatus = (status: 'paused' | 'stepped_down') => async (_: object, request: ActionRequest) => {
    const t = translator(request.locale);
    await getAmbassador(ctx, request.actor.id);
    await patchAmbassador(ctx, principalOf(request), request.actor.id, { status });
    return {
      card: outcomeCard(
        t(status === 'paused' ? 'ambassador.status.paused' : 'ambassador.status.stepped_down'),
      ),
    };
  };

  const colleague =
    (action: ColleagueAction) =>
    async ({ personId, week }: { personId: string; week: string }, request: ActionRequest) =>
      actOnColleague(ctx, request.actor, action, personId, week, request.locale);

  return [
    ambassadorActions.become.handledBy((_, request) => nominated(request, request.actor.id)),
    ambassadorActions.propose.handledBy(async (_, request) => {
      const t = translator(request.locale);
      return { dialog: { title: t('ambassador.propose'), card: proposeDialogCard(t), size: 'small' } };
    }),
    ambassadorActions.proposeSubmit.handledBy(async (_, request) => {
      const email = text(request.inputs?.[proposeInput]).toLowerCase();
      const t = translator(request.locale);
      const person = email.length <= 320 && email ? await ctx.people.findByEmail(email) : undefined;
      if (!person) throw fieldError(proposeInput, t('ambassador.nominate.unknown'));
      try {
        return await nominated(request, person.id);
      } catch (error) {
        // a refusal (a guest, no scope) is said next to the field, in the reader's language
        if (error instanceof AppError && error.text)
          throw fieldError(proposeInput, translate(request.locale, error.text.key));
        throw error;
      }
    }),
    ambassadorActions.approve.handledBy(decide(true)),
    ambassadorActions.refuse.handledBy(decide(false)),
    ambassadorActions.pause.handledBy(ownStatus('paused')),
    ambassadorActions.stepDown.handledBy(ownStatus('stepped_down')),
    ambassadorActions.share.handledBy(({ requestId }, request) =>
      answerRequest(
        ctx,
        request.actor,
        requestId,
        { kind: 'share', channel: text(request.inputs?.[relayInputs.channel]).slice(0, 400) },
        request.locale,
      ),
    ),
    ambassadorActions.elsewhere.handledBy(({ requestId }, request) =>
      answerRequest(ctx, request.actor, requestId, { kind: 'elsewhere' }, request.locale),
    ),
    ambassadorActions.snooze.handledBy(({ requestId }, request) =>
      answerRequest(ctx, request.actor, requestId, { kind: 'snooze' }, request.locale),
    ),
    ambassadorActions.decline.handledBy(({ requestId }, request) =>
      answerRequest(
        ctx,
        request.actor,
        requestId,
        { kind: 'decline', reason: text(request.inputs?.[relayInputs.reason]).slice(0, 500) },
        request.locale,
      ),
    ),
    ambassadorActions.help.handledBy(colleague('help')),
    ambassadorActions.nudge.handledBy(colleague('nudge')),
    ambassadorActions.done.handledBy(colleague('done')),
    ambassadorActions.stop.handledBy((_, request) => stopNudges(ctx, request.actor, request.locale)),
  ];
}
