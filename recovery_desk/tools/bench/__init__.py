"""``recovery-desk bench``: the product's speed, each figure beside a raw baseline."""
