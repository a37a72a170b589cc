"""``dates``: dates checked against each other and against the publication date.

Each value of ``report`` is its own check class, in the module named after it; they share
the dates of the article (:mod:`presslint.checks.dates.dated`) and the knowledge in
:mod:`presslint.dates`.

Options:
  report   what the rule reports:
           ``caption-vs-body``: a caption dates an occasion that the body dates differently.
             A caption is about a dated body sentence's occasion when both name the same
             person and place, or share a name and a related kind of event (the
             ``data: events`` files: a press conference is part of a visit); a body sentence
             without a date takes the date of the body sentence of the same kind ("the
             forum" → "the Astana International Forum on June 8-9"). Within the body's
             dates, or a day from a one-day event, is fine; a fortnight away is another
             occasion. The message names who and where, both dates and the body's line.
           ``weekday``: "Tuesday, June 7, 2022" when June 7, 2022 was not a Tuesday.
           ``impossible``: June 31, February 30, February 29 in a common year.
           ``after-publication``: an event told in the past tense, or a photo, dated after
             the publication date.
           ``relative``: "on Tuesday"/"yesterday" that, counted from the publication date,
             falls outside the explicit date the article gives the same event.
           ``range-dashes``: date ranges written with more than one dash ("June 8-9" and
             "June 8–9"); the article's usual dash is kept.
           ``day-month-order``: "June 8" and "8 June" in one article.

Checks that need a year or the publication date say nothing without them. Dates after
"since" and "until" mark the start or end of a state, not an event, and plans ("will
launch on April 29") are not what a photo shows: neither is compared with a caption.

Message placeholders: {match}, {suggestion}, {date} (the date as read), {other} (the
other date), {other_line}, {published}.
"""
