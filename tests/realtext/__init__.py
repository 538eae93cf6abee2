"""Real-text dev set: goal/report sentences from public Danish reports, annotated by the spec."""
