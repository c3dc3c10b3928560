package id.kompeten.activity;

/**
 * Where an activity stands: started (goals to agree, or the event to come), in progress (sessions under way, or
 * attended and awaiting the employee's reflection), closed by the coach, missed (an event not attended), completed
 * (rated or reflected, credited).
 */
public enum ActivityStatus { STARTED, IN_PROGRESS, CLOSED, MISSED, COMPLETED }
