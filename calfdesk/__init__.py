"""calfdesk: a desktop companion for runners with calf or Achilles pain."""

__version__ = "0.1.0"
APP_NAME = "calfdesk"
APP_ID = "io.github.calfdesk.Calfdesk"
