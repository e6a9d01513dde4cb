/**
 * The `survey` command: `survey` lists the open surveys, `survey <id>` posts one into the
 * conversation (its people may then answer it), `survey results <id>` shows communicators the
 * results.
 */
import type { CommandEntry } from '../capability/capability.js';
import { card } from '../cards/model.js';
import { translator } from '../i18n/i18n.js';
import { hasRole } from '../people/person.js';
import { surveyActions } from './survey-actions.js';
import { surveyCard, surveyResultsCard } from './survey-cards.js';
import type { SurveyService } from './survey-service.js';

export const surveyCommand = (surveys: SurveyService, consoleUrl: string): CommandEntry => ({
  name: 'survey',
  async handle(request, parsed) {
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
      if (!(await surveys.rights.mayAnswer(request.actor, 'survey', survey.id, request.conversation)))
        return refused;
      // posted where the command was typed: the people of this conversation may answer it
      if (request.conversation && isCommunicator) {
        await surveys.rights.grantConversation(
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
              ...surveyActions.open.button(s.title.slice(0, 60), { surveyId: s.id }),
              opensDialog: true,
            })),
          }
        : { type: 'text', text: t('survey.list.empty') },
      isCommunicator && {
        type: 'buttons',
        buttons: [{ kind: 'link', label: t('survey.console'), url: `${consoleUrl}#/polls` }],
      },
    );
  },
});
