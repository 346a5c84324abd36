"""The qualification engine: pure functions of (banks, events). No I/O, no UI, no textual.

events --fold--> InterviewState --judge(bank)--> BankJudgement (scores, signals, verdict,
                                                  next questions, each with its reasons)
"""
