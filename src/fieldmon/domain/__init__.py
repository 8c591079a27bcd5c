"""Pure rules of the domain: periods, dates, names, validation. No Qt, no SQLAlchemy."""
