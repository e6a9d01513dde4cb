/**
 * Access gates: the one place where a capability may hold a person back from everything Relais
 * shows them (a guest who has not accepted their group's charter yet). The core asks the gates
 * where every path passes — the action dispatcher, the command entry, the REST API once the caller
 * is authenticated, the App Home, and each 1:1 delivery at send time — so no feature has to check
 * for itself. A gate answers with a hold (a stable code, a message in the person's language and
 * what to show instead), or nothing to let the person through. No gate registered costs nothing.
 */
import type { Card } from '../cards/model.js';
import type { ErrorCode, ErrorText } from '../errors/errors.js';
import type { Locale } from '../i18n/i18n.js';
import type { ConversationTarget, PlatformName } from '../messaging/messenger.js';

/** Where the person is reaching Relais. */
export type GatePoint =
  | { kind: 'action'; action: string }
  | { kind: 'command'; command: string }
  /** a REST route, by its declared path (`/groups/{id}/charter/accept`) */
  | { kind: 'api'; method: string; path: string }
  | { kind: 'home' }
  /** a 1:1 copy of a subject about to be sent */
  | { kind: 'delivery'; subjectType: string; subjectId: string };

/** Who is reaching: the id always, the kind when the caller already has the person. */
export interface GatedPerson {
  id: string;
  kind?: 'member' | 'guest';
}

export interface AccessHold {
  /** stable code: the API's error code (a 403 one) and a held delivery's recorded reason */
  code: ErrorCode;
  /** why, in the person's language */
  text: ErrorText;
  /** what the person sees instead (the charter card), in their language */
  card?(locale: Locale): Promise<Card>;
}

/** A platform telling Relais it met a person: installed the app 1:1, joined a team or channel. */
export interface PersonContact {
  kind: 'first_contact' | 'join';
  platform: PlatformName;
  conversation?: ConversationTarget;
  /** the Teams team or Slack channel joined */
  groupKey?: string;
}

export interface AccessGate {
  name: string;
  hold(person: GatedPerson, point: GatePoint): Promise<AccessHold | undefined>;
  /** a first contact or a join: the gate may ask for what it waits for (send the charter card) */
  contact?(personId: string, contact: PersonContact): Promise<void>;
}

export class AccessGates {
  private readonly gates: AccessGate[] = [];

  register(gate: AccessGate): void {
    if (this.gates.some((g) => g.name === gate.name))
      throw new Error(`access gate ${gate.name} registered twice`);
    this.gates.push(gate);
  }

  /** the first hold a gate puts on this person here, if any */
  async hold(person: GatedPerson, point: GatePoint): Promise<AccessHold | undefined> {
    for (const gate of this.gates) {
      const hold = await gate.hold(person, point);
      if (hold) return hold;
    }
    return undefined;
  }

  /** tells every gate of a contact; one gate failing never fails the platform's event */
  async contact(personId: string, contact: PersonContact, onError: (error: unknown) => void): Promise<void> {
    for (const gate of this.gates) {
      try {
        await gate.contact?.(personId, contact);
      } catch (error) {
        onError(error);
      }
    }
  }
}
