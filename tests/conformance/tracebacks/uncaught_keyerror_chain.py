config = {"host": "localhost"}
def get_port(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise RuntimeError("port not configured") from e
get_port(config)
