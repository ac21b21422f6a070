"""Public pages of the campaign: the check page a “Gia đình số” certificate's QR code opens."""

urlpatterns: list = []
