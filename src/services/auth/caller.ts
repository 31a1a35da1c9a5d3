import { type Actor, COMMAND_LINE } from '../../core/auth/actor.ts';
import { type AuditContext, CLI_CONTEXT } from './audit-service.ts';

/**
 * Who calls a service method that changes something: the actor the policy decides on, and where the
 * call came from for the audit trail (user, request id, address). Routes build it with `callerOf(c)`,
 * the command line uses `CLI_CALLER`.
 */
export interface Caller {
  actor: Actor;
  context: AuditContext;
}

/** The command line: the installation's admin, audited as `cli`. */
export const CLI_CALLER: Caller = Object.freeze({ actor: COMMAND_LINE, context: CLI_CONTEXT });
