import numpy as np

print(np.__version__)
print(np.arange(15).reshape(3, 5))
