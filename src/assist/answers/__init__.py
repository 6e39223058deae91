"""Answers: quotes and reasons, composed answers, needs fit, comparisons and briefs."""
