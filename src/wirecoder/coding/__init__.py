"""The event coder's parts: knowledge tables, trigger matching, actor roles and modality.

The events stage (``wirecoder.stages.events``) puts them together; each module here reads the
spaCy parse of one sentence and returns plain records, so no spaCy type leaves the stage.
"""
