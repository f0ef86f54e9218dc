# Trains a tiny model and reports which devices TensorFlow sees.
import numpy as np
import tensorflow as tf

print("TensorFlow", tf.__version__)
print("GPUs:", tf.config.list_physical_devices("GPU"))

x = np.linspace(-1.0, 1.0, 200).reshape(-1, 1).astype("float32")
y = 3.0 * x + 0.5

model = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=(1,))])
model.compile(optimizer="sgd", loss="mse")
model.fit(x, y, epochs=20, verbose=0)
print("weights:", [w.numpy().ravel().tolist() for w in model.weights])
