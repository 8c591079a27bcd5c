"""One function or small class per user action. Each opens one short transaction. No Qt."""
