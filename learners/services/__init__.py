"""What happens to a learner's record, as named services by concern.

``sessions`` is the one module that reads a request (which learner or anonymous session is on
this phone, the PIN limits, claims on attempts); every other module takes a learner or a
session key, so a trainer's sync endpoint or a management command can call it too.
"""
