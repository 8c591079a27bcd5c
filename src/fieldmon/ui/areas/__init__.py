"""What the main window does, area by area.

`MainWindow` is a shell: navigation, the pages, menus and the status bar. What each menu item
and page button does lives with its area, one object per area that the window holds:

- `window.open_forms` (`open_forms.OpenForms`): every record window open (visit, loan and
  training forms, loan, training and site pages) by one key; opening one already open raises
  it; kept typing (drafts) is offered back the same way for every form.
- `window.visits`, `window.loans`, `window.trainings`, `window.sites`: open, create and
  delete their records; connect their page's buttons.
- `window.imports`: Excel imports and templates, driven by one table of kinds (`KINDS`).
- `window.exchange`: data packages for the coordinator (USB stick) in both directions.
- `window.projects`: the current project (chosen in the status bar, remembered per officer)
  that the Visits, Loans and Trainings lists show and new records belong to; the Projects
  page's saves refresh its choices.
- `window.backups`: daily and manual backups, restoring one in place, and the one place that
  reads the "Backups to keep" setting.

An area reaches the database and the officer through the window (`window.db`,
`window.officer`), since restoring a backup reopens the database under it.
"""
