// Planner placeholder.
