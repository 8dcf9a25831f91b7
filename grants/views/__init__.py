"""Pages of the grants app: the entrepreneur's applications (`applicant`), the staff dashboard and exports (`staff`)."""
