/**
 * Surveys in chat: the `survey.open` button (answers with the first dialog page, prefilled with
 * the person's earlier answers), `survey.submit` (saves a page, then opens the next page or
 * thanks), `survey.results` (communicators), and the `survey` command (`survey` lists the open
 * surveys, `survey <id>` posts one into the conversation, `survey results <id>`).
 */
import type { ActionRequest, ActionResult } from '../actions/dispatcher.js';
import type { Ports } from '../capability/ports.js';
import { card, submit } from '../cards/model.js';
import type { CommandRequest } from '../commands/commands.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import { hasRole } from '../people/person.js';
import { type AnswerPlace, grantConversation, mayAnswer } from './answer-access.js';
import { AnswerValidationError } from './survey-answers.js';
import { pageCount, questionsOnPage, surveyCard, surveyDialog, surveyResultsCard } from './survey-cards.js';
import type { SurveyService } from './survey-service.js';

/** Where a click came from: the message's conversation, or the one the adapter reported. */
export const placeOf = (request: Pick<ActionRequest, 'message' | 'conversation'>): AnswerPlace | undefined =>
  request.message
    ? {
        platform: request.message.platform,
        conversationId: request.message.conversationId,
        messageId: request.message.messageId,
      }
    : request.conversation
      ? { platform: request.conversation.platform, conversationId: request.conversation.conversationId }
      : undefined;

const idOf = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  if (typeof value !== 'string' || !value || value.length > 100) {
    throw new AppError('bad_request', `payload ${key} missing`);
  }
  return value;
};

export function registerSurveyActions(core: Ports, surveys: SurveyService): void {
  core.dispatcher.register('survey.open', async (request): Promise<ActionResult> => {
    const t = translator(request.locale);
    const survey = await surveys.require(idOf(request.payload, 'surveyId'));
    if (!(await mayAnswer(core, request.actor, 'survey', survey.id, placeOf(request)))) {
      throw new AppError('forbidden', 'this survey was not addressed to you');
    }
    await core.events.track({
      type: 'survey.viewed',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'survey',
      subjectId: survey.id,
    });
    if (survey.status !== 'open') return { notice: t('survey.closed') };
    return { dialog: surveyDialog(t, survey, 0, await surveys.answersOf(survey, request.actor.id)) };
  });

  core.dispatcher.register('survey.submit', async (request): Promise<ActionResult> => {
    const t = translator(request.locale);
    const survey = await surveys.require(idOf(request.payload, 'surveyId'));
    const page = Number(request.payload.page ?? 0);
    if (!Number.isInteger(page) || page < 0 || page >= pageCount(survey)) {
      throw new AppError('bad_request', 'payload page out of range');
    }
    const questions = questionsOnPage(survey, page);
    try {
      await surveys.answer({
        actor: request.actor,
        surveyId: survey.id,
        // only this page's inputs: anything else in the form is not an answer
        answers: Object.fromEntries(questions.map((q) => [q.id, request.inputs?.[q.id]])),
        questionIds: questions.map((q) => q.id),
        platform: request.platform,
        place: placeOf(request),
      });
    } catch (error) {
      if (!(error instanceof AnswerValidationError)) throw error;
      // the dialog stays open with the message next to each field (Slack) or above the form (Teams)
      const fields = Object.fromEntries(
        error.problems.map((p) => {
          const id = p.field.replace(/^answers\./, '');
          return [id, p.message === 'required' ? t('survey.error.required') : t('survey.error.invalid')];
        }),
      );
      throw new AppError('validation_failed', error.message, { fields, problems: error.problems });
    }
    if (page + 1 < pageCount(survey)) {
      return { dialog: surveyDialog(t, survey, page + 1, await surveys.answersOf(survey, request.actor.id)) };
    }
    return { notice: t('survey.thanks', { title: survey.title }) };
  });

  core.dispatcher.register('survey.results', async (request): Promise<ActionResult> => {
    if (!hasRole(request.actor, 'communicator'))
      throw new AppError('forbidden', 'requires the communicator role');
    const survey = await surveys.require(idOf(request.payload, 'surveyId'));
    return {
      personal: true,
      card: surveyResultsCard(
        translator(request.locale),
        survey,
        await surveys.results(survey, request.locale),
      ),
    };
  });

  core.commands.register('survey', async (request: CommandRequest, parsed) => {
    const t = translator(request.locale);
    const [first = '', second = ''] = parsed.args.split(/\s+/);
    const isCommunicator = hasRole(request.actor, 'communicator');
    // a command answers in the conversation: a refusal is a card there, not an error
    const refused = card(t('error.forbidden'), { type: 'text', text: t('error.forbidden') });
    if ((first === 'results' || first === 'resultats' || first === 'résultats') && second) {
      if (!isCommunicator) return refused;
      const survey = await surveys.get(second);
      if (!survey) return card(t('survey.not_found'), { type: 'text', text: t('survey.not_found') });
      return surveyResultsCard(t, survey, await surveys.results(survey, request.locale));
    }
    if (first) {
      const survey = await surveys.get(first);
      if (!survey) return card(t('survey.not_found'), { type: 'text', text: t('survey.not_found') });
      if (!(await mayAnswer(core, request.actor, 'survey', survey.id, request.conversation))) return refused;
      // posted where the command was typed: the people of this conversation may answer it
      if (request.conversation && isCommunicator) {
        await grantConversation(
          core,
          'survey',
          survey.id,
          request.conversation.platform,
          request.conversation.conversationId,
        );
      }
      return surveyCard(t, survey);
    }
    const open =
      request.actor.kind === 'member'
        ? (await surveys.list({ limit: 20 })).filter((s) => s.status === 'open').slice(0, 5)
        : [];
    return card(
      t('survey.list.title'),
      { type: 'heading', text: t('survey.list.title') },
      open.length
        ? {
            type: 'buttons',
            buttons: open.map((s) => ({
              ...submit('survey.open', s.title.slice(0, 60), { surveyId: s.id }),
              opensDialog: true,
            })),
          }
        : { type: 'text', text: t('survey.list.empty') },
      isCommunicator && {
        type: 'buttons',
        buttons: [{ kind: 'link', label: t('survey.console'), url: `${core.consoleUrl}#/polls` }],
      },
    );
  });
}
