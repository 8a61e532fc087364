"""What every part of the window stands on: the application context, questions to the user,
the worker, actions and translations."""
