package id.kompeten.activity;

/**
 * Where an activity stands: started (goals to agree, the event or placement to come, the learning or study under
 * way), in progress (sessions under way, or attended and awaiting the employee's reflection, or a completion awaiting
 * HR's verification), closed by the coach (or a study ended, awaiting the return to duty), missed (an event not
 * attended, modules not completed, a study discontinued), refused (a completion HR did not verify), completed
 * (rated, reflected or verified; credited).
 */
public enum ActivityStatus { STARTED, IN_PROGRESS, CLOSED, MISSED, REFUSED, COMPLETED }
