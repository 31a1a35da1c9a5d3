import type { Actor } from '../../core/auth/actor.ts';
import { type Decision, decide } from '../../core/auth/policy.ts';
import type { Action, ActionResources } from '../../core/auth/resources.ts';
import { HatangError } from '../../core/errors/error-codes.ts';

/** A refusal of the policy as the error the API answers: 401 for anonymous, 403 otherwise. */
export function denialError(decision: Exclude<Decision, { allowed: true }>): HatangError {
  if (decision.reason === 'unauthenticated') return new HatangError('UNAUTHENTICATED', {});
  return new HatangError('FORBIDDEN', { reason_vi: decision.message.vi, reason_en: decision.message.en });
}

/** Asks the one policy module (core/auth/policy.ts); throws its refusal. Services call this. */
export function authorize<A extends Action>(actor: Actor, action: A, resource: ActionResources[A]): void {
  const decision = decide(actor, action, resource);
  if (!decision.allowed) throw denialError(decision);
}
