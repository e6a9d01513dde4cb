/**
 * Share as news from chat: the Teams message extension and the Slack message shortcut
 * `news.share` open a dialog prefilled with the message; its submit creates a draft within the
 * author's scope, which they finish and publish in the console (audience, image, translation).
 */
import type { AnyAction } from '../actions/define-action.js';
import { type ActionRequest, type ActionResult, type DialogSpec, fieldError } from '../actions/dispatcher.js';
import type { Shortcut } from '../actions/shortcuts.js';
import { authorScope } from '../audiences/author-scope.js';
import type { Principal } from '../auth/principal.js';
import { escapeMarkdown } from '../cards/markdown.js';
import { card } from '../cards/model.js';
import { type Translator, translator } from '../i18n/i18n.js';
import { newsActions } from './news-actions.js';
import type { NewsService } from './news-service.js';

const inputs = { title: 'news_title', body: 'news_body' } as const;
const maxTitle = 200;
const maxBody = 8000;

/** the first line of the message makes the title, the whole message the body */
function shareDialog(t: Translator, sourceText: string): DialogSpec {
  const text = sourceText.trim();
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  return {
    title: t('news.share.title'),
    size: 'large',
    card: card(
      t('news.share.title'),
      { type: 'text', text: t('news.share.intro'), subtle: true },
      {
        type: 'inputs',
        inputs: [
          {
            kind: 'text',
            id: inputs.title,
            label: t('news.share.field.title'),
            required: true,
            maxLength: maxTitle,
            value: firstLine.slice(0, maxTitle),
          },
          {
            kind: 'text',
            id: inputs.body,
            label: t('news.share.field.body'),
            multiline: true,
            maxLength: maxBody,
            value: text.slice(0, maxBody),
          },
        ],
        submit: newsActions.shareSubmit.button(t('news.share.submit'), {}, 'primary'),
      },
    ),
  };
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The share dialog's two actions and the `news.share` message shortcut that opens it. */
export function newsShare(
  news: NewsService,
  consoleUrl: string,
): { actions: AnyAction[]; shortcuts: Shortcut[] } {
  const principalOf = (request: ActionRequest): Principal => ({ kind: 'person', person: request.actor });

  const compose = newsActions.compose.handledBy(async ({ sourceText }, request): Promise<ActionResult> => {
    const t = translator(request.locale);
    // refused before the form, so nobody types a news item they cannot save
    if (!authorScope(principalOf(request))) return { notice: t('news.share.forbidden') };
    return { dialog: shareDialog(t, sourceText ?? '') };
  });

  const shareSubmit = newsActions.shareSubmit.handledBy(async (_payload, request): Promise<ActionResult> => {
    const t = translator(request.locale);
    const title = asText(request.inputs?.[inputs.title]).trim();
    const body = asText(request.inputs?.[inputs.body]);
    if (!title) throw fieldError(inputs.title, t('news.share.error.title'));
    if (title.length > maxTitle)
      throw fieldError(inputs.title, t('news.share.error.too_long', { max: maxTitle }));
    if (body.length > maxBody)
      throw fieldError(inputs.body, t('news.share.error.too_long', { max: maxBody }));
    const draft = await news.createDraft(principalOf(request), { title, body, locale: request.locale });
    // the person's own title, escaped: it stays text in the notice (no link, no ping)
    const url = `${consoleUrl}#/news/${draft.id}/edit`;
    return { notice: t('news.share.done', { title: escapeMarkdown(title), url }) };
  });

  return {
    actions: [compose, shareSubmit],
    shortcuts: [{ id: 'news.share', action: newsActions.compose.id, context: 'message' }],
  };
}
