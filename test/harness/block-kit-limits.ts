/**
 * Block Kit limit checker for tests and the fake Slack Web API: Slack has no offline validator,
 * so this judges payloads against the documented limits (platform-facts.md; Block Kit reference
 * pages). It is written independently of the renderer's own limit table on purpose.
 *
 * Each problem is reported the way Slack's `response_metadata.messages` does:
 * `[ERROR] must be at most 3000 characters [json-pointer:/blocks/2/text/text]`, and
 * `blockKitError` gives the top-level code the Web API answers with (`invalid_blocks`,
 * `msg_too_long`, `view_too_large`).
 */

export type BlockKitSurface = 'message' | 'modal' | 'home';

export interface BlockKitPayload {
  text?: unknown;
  blocks?: readonly unknown[];
  /** view fields, for `modal` and `home` */
  type?: unknown;
  title?: unknown;
  submit?: unknown;
  close?: unknown;
  private_metadata?: unknown;
  callback_id?: unknown;
}

export type BlockKitErrorCode = 'invalid_blocks' | 'msg_too_long' | 'view_too_large';

const limits = {
  messageBlocks: 50,
  viewBlocks: 100,
  viewBytes: 250_000,
  messageText: 40_000,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  id: 255,
  actionsElements: 25,
  contextElements: 10,
  selectOptions: 100,
  optionText: 75,
  optionValue: 75,
  optionDescription: 75,
  radioOptions: 10,
  viewText: 24,
  privateMetadata: 3000,
  imageAlt: 2000,
  inputLabel: 2000,
  hint: 2000,
  placeholder: 150,
  textInput: 3000,
  overflowOptions: 5,
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  readonly messages: string[] = [];
  tooLongText = false;
  tooLarge = false;

  error(path: string, message: string) {
    this.messages.push(`[ERROR] ${message} [json-pointer:${path}]`);
  }

  maxLength(value: unknown, max: number, path: string) {
    if (typeof value === 'string' && value.length > max)
      this.error(path, `must be at most ${max} characters`);
  }

  /** A text object. `kinds`: which types the field accepts. */
  text(
    value: unknown,
    path: string,
    max: number,
    kinds: ('plain_text' | 'mrkdwn')[] = ['plain_text', 'mrkdwn'],
  ) {
    if (!isObj(value)) {
      this.error(path, 'must be a text object');
      return;
    }
    if (!kinds.includes(value.type as never)) {
      this.error(`${path}/type`, `must be one of ${kinds.join(', ')}`);
      return;
    }
    if (typeof value.text !== 'string' || value.text.length === 0) {
      this.error(`${path}/text`, 'must be a non-empty string');
      return;
    }
    this.maxLength(value.text, max, `${path}/text`);
  }

  id(value: unknown, path: string, required: boolean) {
    if (value === undefined) {
      if (required) this.error(path, 'is required');
      return;
    }
    if (typeof value !== 'string' || value.length === 0) {
      this.error(path, 'must be a non-empty string');
      return;
    }
    this.maxLength(value, limits.id, path);
  }

  url(value: unknown, path: string) {
    if (typeof value !== 'string' || !/^(https?:|mailto:)/i.test(value)) {
      this.error(path, 'must be a valid URL');
      return;
    }
    this.maxLength(value, limits.url, path);
  }

  option(value: unknown, path: string) {
    if (!isObj(value)) {
      this.error(path, 'must be an option object');
      return;
    }
    this.text(value.text, `${path}/text`, limits.optionText);
    if (typeof value.value !== 'string' || value.value.length === 0) {
      this.error(`${path}/value`, 'must be a non-empty string');
    }
    this.maxLength(value.value, limits.optionValue, `${path}/value`);
    if (value.description !== undefined)
      this.text(value.description, `${path}/description`, limits.optionDescription);
    if (value.url !== undefined) this.url(value.url, `${path}/url`);
  }

  options(value: unknown, path: string, min: number, max: number) {
    if (!Array.isArray(value)) {
      this.error(path, 'must be an array');
      return;
    }
    if (value.length < min) this.error(path, `must provide at least ${min} items`);
    if (value.length > max) this.error(path, `no more than ${max} items allowed`);
    value.forEach((option, i) => {
      this.option(option, `${path}/${i}`);
    });
  }

  element(value: unknown, path: string, where: 'actions' | 'input' | 'accessory') {
    if (!isObj(value)) {
      this.error(path, 'must be an element object');
      return;
    }
    const type = value.type;
    if (type !== 'image') this.id(value.action_id, `${path}/action_id`, false);
    if (value.placeholder !== undefined)
      this.text(value.placeholder, `${path}/placeholder`, limits.placeholder, ['plain_text']);
    switch (type) {
      case 'button':
        if (where === 'input') this.error(`${path}/type`, 'button is not allowed in an input block');
        this.text(value.text, `${path}/text`, limits.buttonText, ['plain_text']);
        this.maxLength(value.value, limits.buttonValue, `${path}/value`);
        if (value.url !== undefined) this.url(value.url, `${path}/url`);
        if (value.style !== undefined && value.style !== 'primary' && value.style !== 'danger') {
          this.error(`${path}/style`, 'must be primary or danger');
        }
        return;
      case 'static_select':
      case 'multi_static_select':
        if (value.options === undefined && value.option_groups === undefined) {
          this.error(path, 'must provide options or option_groups');
          return;
        }
        if (value.options !== undefined)
          this.options(value.options, `${path}/options`, 1, limits.selectOptions);
        if (Array.isArray(value.option_groups)) {
          if (value.option_groups.length > limits.selectOptions) {
            this.error(`${path}/option_groups`, `no more than ${limits.selectOptions} items allowed`);
          }
          value.option_groups.forEach((group, i) => {
            const groupPath = `${path}/option_groups/${i}`;
            if (!isObj(group)) {
              this.error(groupPath, 'must be an option group');
              return;
            }
            this.text(group.label, `${groupPath}/label`, limits.optionText, ['plain_text']);
            this.options(group.options, `${groupPath}/options`, 1, limits.selectOptions);
          });
        }
        return;
      case 'radio_buttons':
      case 'checkboxes': {
        this.options(value.options, `${path}/options`, 1, limits.radioOptions);
        return;
      }
      case 'overflow': {
        this.options(value.options, `${path}/options`, 1, limits.overflowOptions);
        return;
      }
      case 'plain_text_input':
        if (typeof value.max_length === 'number' && value.max_length > limits.textInput) {
          this.error(`${path}/max_length`, `must be at most ${limits.textInput}`);
        }
        this.maxLength(value.initial_value, limits.textInput, `${path}/initial_value`);
        return;
      case 'image':
        this.url(value.image_url, `${path}/image_url`);
        if (typeof value.alt_text !== 'string') {
          this.error(`${path}/alt_text`, 'is required');
          return;
        }
        {
          this.maxLength(value.alt_text, limits.imageAlt, `${path}/alt_text`);
          return;
        }
      case 'datepicker':
      case 'timepicker':
      case 'datetimepicker':
      case 'users_select':
      case 'multi_users_select':
      case 'conversations_select':
      case 'multi_conversations_select':
      case 'channels_select':
      case 'multi_channels_select':
      case 'external_select':
      case 'multi_external_select':
      case 'email_text_input':
      case 'url_text_input':
      case 'number_input':
        return;
      default:
        this.error(`${path}/type`, `unsupported element type ${JSON.stringify(type)}`);
    }
  }

  block(value: unknown, path: string, blockIds: Set<string>) {
    if (!isObj(value)) {
      this.error(path, 'must be a block object');
      return;
    }
    if (value.block_id !== undefined) {
      this.id(value.block_id, `${path}/block_id`, false);
      if (typeof value.block_id === 'string') {
        if (blockIds.has(value.block_id)) this.error(`${path}/block_id`, 'block_id must be unique');
        blockIds.add(value.block_id);
      }
    }
    switch (value.type) {
      case 'section': {
        this.section(value, path);
        return;
      }
      case 'header': {
        this.text(value.text, `${path}/text`, limits.header, ['plain_text']);
        return;
      }
      case 'divider':
        return;
      case 'image':
        this.url(value.image_url, `${path}/image_url`);
        if (typeof value.alt_text !== 'string' || !value.alt_text) {
          this.error(`${path}/alt_text`, 'is required');
          return;
        }
        this.maxLength(value.alt_text, limits.imageAlt, `${path}/alt_text`);
        if (value.title !== undefined)
          this.text(value.title, `${path}/title`, limits.imageAlt, ['plain_text']);
        return;
      case 'actions': {
        this.actions(value, path);
        return;
      }
      case 'context': {
        this.context(value, path);
        return;
      }
      case 'input':
        this.text(value.label, `${path}/label`, limits.inputLabel, ['plain_text']);
        if (value.hint !== undefined) this.text(value.hint, `${path}/hint`, limits.hint, ['plain_text']);
        {
          this.element(value.element, `${path}/element`, 'input');
          return;
        }
      case 'rich_text':
      case 'file':
      case 'video':
      case 'markdown':
        return;
      default:
        this.error(`${path}/type`, `unsupported block type ${JSON.stringify(value.type)}`);
    }
  }

  section(value: Obj, path: string) {
    if (value.text === undefined && value.fields === undefined) {
      this.error(path, 'must provide text or fields');
      return;
    }
    if (value.text !== undefined) this.text(value.text, `${path}/text`, limits.sectionText);
    if (value.fields !== undefined) {
      if (!Array.isArray(value.fields) || value.fields.length === 0) {
        this.error(`${path}/fields`, 'must be a non-empty array');
        return;
      }
      if (value.fields.length > limits.fields)
        this.error(`${path}/fields`, `no more than ${limits.fields} items allowed`);
      value.fields.forEach((field, i) => {
        this.text(field, `${path}/fields/${i}`, limits.fieldText);
      });
    }
    if (value.accessory !== undefined) this.element(value.accessory, `${path}/accessory`, 'accessory');
  }

  actions(value: Obj, path: string) {
    const elements = value.elements;
    if (!Array.isArray(elements) || elements.length === 0) {
      this.error(`${path}/elements`, 'must be a non-empty array');
      return;
    }
    if (elements.length > limits.actionsElements) {
      this.error(`${path}/elements`, `no more than ${limits.actionsElements} items allowed`);
    }
    const actionIds = new Set<string>();
    elements.forEach((element, i) => {
      this.element(element, `${path}/elements/${i}`, 'actions');
      const id = isObj(element) ? element.action_id : undefined;
      if (typeof id === 'string') {
        if (actionIds.has(id))
          this.error(`${path}/elements/${i}/action_id`, 'action_id must be unique in the block');
        actionIds.add(id);
      }
    });
  }

  context(value: Obj, path: string) {
    const elements = value.elements;
    if (!Array.isArray(elements) || elements.length === 0) {
      this.error(`${path}/elements`, 'must be a non-empty array');
      return;
    }
    if (elements.length > limits.contextElements) {
      this.error(`${path}/elements`, `no more than ${limits.contextElements} items allowed`);
    }
    elements.forEach((element, i) => {
      const elementPath = `${path}/elements/${i}`;
      if (isObj(element) && element.type === 'image') this.element(element, elementPath, 'accessory');
      else this.text(element, elementPath, limits.sectionText);
    });
  }

  view(payload: BlockKitPayload, surface: 'modal' | 'home') {
    if (payload.type !== undefined && payload.type !== surface) this.error('/type', `must be ${surface}`);
    if (surface === 'modal') {
      this.text(payload.title, '/title', limits.viewText, ['plain_text']);
      const hasInputs = payload.blocks?.some((b) => isObj(b) && b.type === 'input');
      if (hasInputs && payload.submit === undefined)
        this.error('/submit', 'is required when the view has inputs');
    }
    if (payload.submit !== undefined) this.text(payload.submit, '/submit', limits.viewText, ['plain_text']);
    if (payload.close !== undefined) this.text(payload.close, '/close', limits.viewText, ['plain_text']);
    this.maxLength(payload.private_metadata, limits.privateMetadata, '/private_metadata');
    this.maxLength(payload.callback_id, limits.id, '/callback_id');
    if (new TextEncoder().encode(JSON.stringify(payload)).length > limits.viewBytes) {
      this.tooLarge = true;
      this.error('', `view payload must be at most ${limits.viewBytes} bytes`);
    }
  }
}

function run(payload: BlockKitPayload, surface: BlockKitSurface): Checker {
  const checker = new Checker();
  const blocks = payload.blocks;
  if (surface === 'message') {
    if (typeof payload.text === 'string' && payload.text.length > limits.messageText) {
      checker.tooLongText = true;
      checker.error('/text', `must be at most ${limits.messageText} characters`);
    }
    if (blocks === undefined && (typeof payload.text !== 'string' || !payload.text)) {
      checker.error('', 'must provide text or blocks');
    }
  } else {
    checker.view(payload, surface);
  }
  if (blocks === undefined) return checker;
  if (!Array.isArray(blocks)) {
    checker.error('/blocks', 'must be an array');
    return checker;
  }
  const max = surface === 'message' ? limits.messageBlocks : limits.viewBlocks;
  if (blocks.length > max) checker.error('/blocks', `no more than ${max} items allowed`);
  const blockIds = new Set<string>();
  blocks.forEach((block, i) => {
    checker.block(block, `/blocks/${i}`, blockIds);
  });
  return checker;
}

/** Every limit broken by the payload, in Slack's message format; empty when Slack would accept it. */
export function checkBlockKit(payload: BlockKitPayload, surface: BlockKitSurface): string[] {
  return run(payload, surface).messages;
}

/** What the Web API would answer: `{ ok: false, error, response_metadata: { messages } }` or nothing. */
export function blockKitError(
  payload: BlockKitPayload,
  surface: BlockKitSurface,
): { error: BlockKitErrorCode; messages: string[] } | undefined {
  const checker = run(payload, surface);
  if (checker.messages.length === 0) return undefined;
  const error: BlockKitErrorCode = checker.tooLarge
    ? 'view_too_large'
    : checker.tooLongText
      ? 'msg_too_long'
      : 'invalid_blocks';
  return { error, messages: checker.messages };
}
