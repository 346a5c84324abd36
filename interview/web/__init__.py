"""`qualify serve`: the app in a browser, through textual-serve's protocol, safe by default.

`options` checks what the user asked for (no web libraries imported), `server` is the aiohttp
server (token, cookie, Host and Origin checks, session cap), `session` runs one app process per
browser tab, and `parent_watch` makes an app process end when its server does.
"""
