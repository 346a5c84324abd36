"""The qualification engine: pure functions of (banks, events). No I/O, no UI, no textual.

events --fold--> InterviewState --judge(bank)--> BankJudgement (scores, signals, verdict,
                                                  next questions, each with its reasons)

Engine.evaluate does both for a live interview, continuing from the previous Evaluation: it folds
only the new events and judges again only the banks they touch (same result as from scratch).
"""
