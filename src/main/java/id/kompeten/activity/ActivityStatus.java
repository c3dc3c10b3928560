package id.kompeten.activity;

/** Where an activity stands: goals to agree, sessions under way, closed by the coach, completed (rated, credited). */
public enum ActivityStatus { STARTED, IN_PROGRESS, CLOSED, COMPLETED }
