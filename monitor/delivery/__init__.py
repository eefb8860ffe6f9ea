"""Getting alerts to people: render an `Alert` as text (`render`), send it through Apprise
(`apprise_send`) with every secret in the service URLs masked."""
