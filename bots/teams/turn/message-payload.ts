/**
 * The message a Teams message action was started from (`value.messagePayload` of
 * `composeExtension/fetchTask`): its text as plain text, and its author's name. Teams sends the
 * body as HTML (`contentType: 'html'`); tags are dropped, line breaks kept, entities decoded.
 */

interface MessagePayloadLike {
  body?: { content?: unknown; contentType?: unknown };
  from?: { user?: { displayName?: unknown } | null; application?: { displayName?: unknown } | null };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

export function htmlToPlain(html: string): string {
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function messageSource(payload: unknown): { sourceText?: string; sourceAuthor?: string } {
  if (typeof payload !== 'object' || payload === null) return {};
  const { body, from } = payload as MessagePayloadLike;
  const content = typeof body?.content === 'string' ? body.content : undefined;
  const author = from?.user?.displayName ?? from?.application?.displayName;
  return {
    ...(content !== undefined
      ? { sourceText: body?.contentType === 'text' ? content.trim() : htmlToPlain(content) }
      : {}),
    ...(typeof author === 'string' && author ? { sourceAuthor: author } : {}),
  };
}
