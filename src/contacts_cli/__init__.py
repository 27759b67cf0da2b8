"""``contacts-sdk``, the command line: export, import and sync contacts at scale, resumable, with progress.

Installed with the ``cli`` extra (``pip install 'contacts-sdk[cli]'``); built on the clients' public API.
"""
