"""A process that records answers as fast as it can, printing each one once it is committed.

Run by the durability and concurrency tests: `python -m tests.storage.writer URL LABEL COUNT`.
A line `saved LABEL SEQ` means the answer is committed: the test kills the process at random and
then checks that every such answer is in the database.
"""

from __future__ import annotations

import sys

from storage.repository import Store


def main() -> None:
    url, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store.open(url)
    lead = store.create_lead(f"Lead {label}", "Durable Inc")
    interview = store.start_interview(lead.id, label, ["bant"], "en")
    print(f"interview {label} {interview.id}", flush=True)
    for i in range(1, count + 1):
        event = store.append_event(
            interview.id, "answer_given", i * 0.5, "bant.need.pain", {"value": f"answer {label} {i}"}
        )
        print(f"saved {label} {event.seq}", flush=True)
    print(f"done {label}", flush=True)


if __name__ == "__main__":
    main()
