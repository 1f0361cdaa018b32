"""Packaged accelerate launch configs (DeepSpeed ZeRO-2, ZeRO-2 with CPU offload, ZeRO-3)."""
