#!/usr/bin/env python3
"""Writes a running_page activities.json (src/static/activities.json of a fork of yihong0618/running_page) as an
activities.csv in the English Strava bulk-export layout, so that the project's own importer and `pretrain` read it
like any other corpus runner.

usage: running-page-to-csv.py ACTIVITIES_JSON > activities.csv      (ACTIVITIES_JSON may be - for stdin)

Only running activities are written (Run, Trail Run, Virtual Run, treadmill and the other running types the forks
use). Of runs starting in the same minute (one run synced from two services) the first is kept. Nothing that
locates the runner is written: no polyline, no place, no name; only the start, distance, moving time, climb and
average heart rate. The start is the fork's local wall clock (`start_date_local`) written where a Strava export has
its UTC time: the corpus reads every export on one clock, and the local one keeps mornings mornings. An elevation
gain of exactly 0 is written as unknown: the services without a barometer or a track (Keep, Joyrun, treadmill) write
0 for "not measured". Exits 1, with one line saying where, on a file that is not a running_page list.
"""
import csv
import datetime
import json
import sys

HEADER = [
    "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description", "Elapsed Time",
    "Distance", "Max Heart Rate", "Relative Effort", "Commute", "Activity Private Note", "Activity Gear", "Filename",
    "Athlete Weight", "Bike Weight", "Elapsed Time", "Moving Time", "Distance", "Max Speed", "Average Speed",
    "Elevation Gain", "Elevation Loss", "Elevation Low", "Elevation High", "Max Grade", "Average Grade",
    "Average Positive Grade", "Average Negative Grade", "Max Cadence", "Average Cadence", "Max Heart Rate",
    "Average Heart Rate",
]

# running_page's type names (from Strava, Garmin, Keep, Joyrun, Coros, Codoon, Nike and GPX imports) -> Strava's.
TYPES = {
    "run": "Run", "running": "Run", "treadmill": "Run", "treadmill_running": "Run", "indoor_running": "Run",
    "street_running": "Run", "track_running": "Run", "virtualrun": "Virtual Run", "virtual_run": "Virtual Run",
    "trail run": "Trail Run", "trailrun": "Trail Run", "trail_running": "Trail Run",
}


def seconds(moving_time):
    """'H:MM:SS' or 'D days, H:MM:SS' (Python's timedelta as text) -> seconds; None when unreadable."""
    text = str(moving_time or "").strip()
    days = 0
    if "day" in text:
        head, _, text = text.partition(",")
        days = int(head.split()[0])
    parts = text.split(":")
    if len(parts) != 3:
        return None
    try:
        h, m, s = int(parts[0]), int(parts[1]), float(parts[2])
    except ValueError:
        return None
    return days * 86400 + h * 3600 + m * 60 + s


def strava_date(local):
    """'2021-01-02 21:36:46' -> 'Jan 2, 2021, 9:36:46 PM', the English export's form."""
    moment = datetime.datetime.strptime(local[:19], "%Y-%m-%d %H:%M:%S")
    hour = moment.hour % 12 or 12
    return f"{moment.strftime('%b')} {moment.day}, {moment.year}, {hour}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'}"


def main(argv):
    if len(argv) != 2:
        print(next(line for line in __doc__.splitlines() if line.startswith("usage:")), file=sys.stderr)
        return 2
    source = argv[1]
    try:
        with (sys.stdin if source == "-" else open(source, encoding="utf-8")) as handle:
            activities = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"running-page-to-csv: {source}: {error}", file=sys.stderr)
        return 1
    if not isinstance(activities, list):
        print(f"running-page-to-csv: {source}: not a list of activities", file=sys.stderr)
        return 1

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(HEADER)
    seen = set()
    for index, activity in enumerate(activities):
        kind = TYPES.get(str(activity.get("type", "")).strip().lower())
        local = activity.get("start_date_local") or ""
        moving = seconds(activity.get("moving_time"))
        meters = activity.get("distance")
        if kind is None or len(local) < 19 or moving is None or not isinstance(meters, (int, float)):
            continue
        if local[:16] in seen:
            continue
        seen.add(local[:16])
        gain = activity.get("elevation_gain")
        heart = activity.get("average_heartrate")
        values = [
            activity.get("run_id", index), strava_date(local), "", kind, "", round(moving), f"{meters / 1000:.2f}",
            "", "", "false", "", "", "", "", "", f"{moving:.1f}", f"{moving:.1f}", f"{meters:.1f}", "",
            f"{meters / moving:.3f}" if moving > 0 else "",
            f"{gain:.1f}" if isinstance(gain, (int, float)) and gain > 0 else "",
            "", "", "", "", "", "", "", "", "", "",
            f"{heart:.1f}" if isinstance(heart, (int, float)) and heart > 0 else "",
        ]
        writer.writerow(values)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
