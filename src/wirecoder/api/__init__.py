"""The REST API and dashboard server: ``create_app(ApiConfig(db=...))`` builds the FastAPI app.

Run it with ``wirecoder serve``; the routers (one per resource) live in ``api/routes/``.
"""
